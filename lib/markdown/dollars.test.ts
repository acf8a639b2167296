import { describe, expect, it } from "vitest";
import { escapeLoneDollars } from "./dollars";

describe("escapeLoneDollars", () => {
  it("keeps prices as text", () => {
    expect(escapeLoneDollars("price $5 and $10 today")).toBe("price \\$5 and \\$10 today");
    expect(escapeLoneDollars("from $5-$10 a month")).toBe("from \\$5-\\$10 a month");
    expect(escapeLoneDollars("it costs $5.")).toBe("it costs \\$5.");
    // Not paired across other dollars with a formula further on.
    expect(escapeLoneDollars("Lunch is $5 and dinner $10 today, so $x^2$ dollars.")).toBe("Lunch is \\$5 and dinner \\$10 today, so $x^2$ dollars.");
    expect(escapeLoneDollars("costs $5, while $x$ is free")).toBe("costs \\$5, while $x$ is free");
    expect(escapeLoneDollars("between $5 and 10$ a day")).toBe("between \\$5 and 10\\$ a day");
  });

  it("leaves math alone", () => {
    for (const math of ["$x^2$", "so $\\alpha + \\beta$ holds", "$1 + 2 = 3$.", "a $$E = mc^2$$ b", "$a$ and $b$", "$2 \\times 3$", "$10 \\text{ m}$"]) {
      expect(escapeLoneDollars(math)).toBe(math);
    }
    // A closing dollar is never followed by a digit.
    expect(escapeLoneDollars("$x$5")).toBe("\\$x\\$5");
  });

  it("pairs across a wrapped line, not across a blank one", () => {
    expect(escapeLoneDollars("$a +\nb$")).toBe("$a +\nb$");
    expect(escapeLoneDollars("$a +\n\nb$")).toBe("\\$a +\n\nb\\$");
  });

  it("does not touch code, escapes or display blocks", () => {
    const text = ["`$5 and $10`", "\\$5 and $x$", "```sh", "echo $HOME $PATH", "```", "$$", "a $ b", "$$"].join("\n");
    expect(escapeLoneDollars(text)).toBe(text);
  });
});
