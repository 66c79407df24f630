"""Question banks in and out: Moodle's GIFT format (in and out) and the Aiken format (in).

The parsers turn a file into `ParsedQuestion`s or raise `BankFileError` listing every problem with its
line number; nothing here touches the database. `services.import_questions` writes them as drafts.
"""

from dataclasses import dataclass, field

from community.refusals import Refused

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"
OPTION_MAX_LENGTH = 300


@dataclass
class ParsedOption:
    text: str
    is_correct: bool
    feedback: str = ""


@dataclass
class ParsedQuestion:
    line: int
    kind: str
    text: str
    options: list[ParsedOption] = field(default_factory=list)
    explanation: str = ""
    title: str = ""
    category: str = ""


@dataclass(frozen=True)
class LineError:
    line: int
    message: str

    def __str__(self) -> str:
        return f"Line {self.line}: {self.message}"


class BankFileError(Refused):
    """The file cannot be imported; `errors` says where and why, in line order (its own class because the
    import form lists each line's error in a table)."""

    def __init__(self, errors: list[LineError]):
        super().__init__("; ".join(str(error) for error in errors), field="file")
        self.errors = sorted(errors, key=lambda error: error.line)


def check_question(question: ParsedQuestion) -> list[str]:
    """What stops a parsed question becoming a Postwise question (the rules the admin form applies)."""
    problems = []
    if not question.text.strip():
        problems.append("the question has no text")
    if len(question.options) < 2:
        problems.append("a question needs at least two options")
    correct = sum(1 for option in question.options if option.is_correct)
    if question.kind in (SINGLE, TRUE_FALSE) and correct != 1:
        problems.append("a single choice question needs exactly one right answer")
    if question.kind == MULTIPLE and correct < 1:
        problems.append("a multiple choice question needs at least one right answer")
    for option in question.options:
        if not option.text.strip():
            problems.append("an option has no text")
        elif len(option.text) > OPTION_MAX_LENGTH:
            problems.append(f"the option “{option.text[:40]}…” is longer than {OPTION_MAX_LENGTH} characters")
    return problems
