import { describe, expect, it } from "vitest";
import { analyzeArticle } from "@/lib/analysis/analyze-article";
import { at, claimRows as claimsOf, seed } from "./claim-test-kit";

describe("roles stated with a copula (seed 003)", () => {
  const a003 = seed("003_99b86c2a8920ba6a.txt");

  it("a copula states a role: “Jorge Glas had been Ecuador's vice-president between 2013 and 2017”", () => {
    expect(claimsOf(a003, "role")).toContainEqual(["Jorge Glas", "Ecuador's vice-president", "ecuador vice president", at(a003, "Ecuador's vice-president")]);
    // the period still belongs to the person
    expect(claimsOf(a003, "time_span").filter(([subject]) => subject === "Jorge Glas").map(([, value]) => value)).toContain("between 2013 and 2017");
  });
});

describe("roles from the description an attribution gives a named speaker", () => {
  it("“…,” the Mexican diplomat added: the quoted person is called a Mexican diplomat (seed 000)", () => {
    const a000 = seed("000_c4bfd782671b2726.txt");
    expect(claimsOf(a000, "role")).toContainEqual(["Roberto Canseco", "Mexican diplomat", "mexico diplomat", at(a000, "Mexican diplomat added")]);
  });

  it("stays silent where no office word, no resolved speaker or no copula stands", () => {
    const text = [
      "Ana Ruiz, a council member, spoke on Monday. “We will rebuild,” the tireless woman added.",
      "“Nobody told us,” the crowd said.",
      "Luis Vega was tired and the minister was late.",
      "Marta Soto is a keen gardener.",
      "Pedro Gil was questioned about claims against the company.",
    ].join("\n\n");
    const a = analyzeArticle(text, { fileName: "negative.txt" });
    const roles = claimsOf(a, "role").map(([subject, value]) => `${subject}: ${value}`);
    expect(roles).toEqual(["Ana Ruiz: a council member"]);
    expect(claimsOf(a, "legal_status")).toEqual([]);
  });
});

describe("a name introduced by description", () => {
  it("“transferred to a maximum-security prison in Guayaquil known as La Roca” (seed 000)", () => {
    const a000 = seed("000_c4bfd782671b2726.txt");
    expect(claimsOf(a000, "role")).toContainEqual(["La Roca", "maximum-security prison", "maximum security prison", at(a000, "maximum-security prison")]);
    expect(claimsOf(a000, "location")).toContainEqual(["La Roca", "Guayaquil", "guayaquil", at(a000, "Guayaquil known as")]);
  });

  it("needs the name right after “known as”", () => {
    const a = analyzeArticle("The reform, known as a landmark, passed. Ana Ruiz runs a bakery in Lima known locally as the best.", { fileName: "negative.txt" });
    expect(claimsOf(a, "role")).toEqual([]);
    expect(claimsOf(a, "location")).toEqual([]);
  });
});

describe("circumstances stated in set phrases", () => {

  it("stays silent on other uses of the words", () => {
    const a = analyzeArticle(
      "Ana Ruiz did not respond to the criticism. The guard at the museum, Luis Vega, was calm. Marta Soto opened an account on Monday.",
      { fileName: "negative.txt" },
    );
    expect(claimsOf(a, "other")).toEqual([]);
  });
});
