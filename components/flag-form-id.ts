/** The id of the contradiction form; claim checkboxes anywhere on the page join it via form="…". */
export const FLAG_FORM_ID = "flag-form";
