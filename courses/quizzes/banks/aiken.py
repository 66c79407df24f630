"""The Aiken format: single choice questions, one option a line, then `ANSWER: <letter>`.

What should you check before you share a post from another account?
A. That it has many likes
B. That the source is reliable
ANSWER: B
"""

import re

from courses.quizzes.banks import SINGLE, BankFileError, LineError, ParsedOption, ParsedQuestion, check_question

OPTION = re.compile(r"^([A-Z])[.)]\s+(.*)$")
ANSWER = re.compile(r"^ANSWER:\s*(\S*)\s*$")


def parse_aiken(text: str) -> list[ParsedQuestion]:
    """Every question in the file, or `BankFileError` with every problem found (nothing partial)."""
    questions, errors = [], []
    question: ParsedQuestion | None = None
    letters: list[str] = []
    for number, raw in enumerate(text.replace("\ufeff", "").splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        answer, option = ANSWER.match(line), OPTION.match(line)
        if question is None:
            if answer or option:
                errors.append(LineError(number, "an option or answer comes before any question text"))
                continue
            question, letters = ParsedQuestion(line=number, kind=SINGLE, text=line), []
        elif answer:
            letter = answer.group(1).upper()
            if letter not in letters:
                errors.append(LineError(number, f"the answer “{letter}” is not one of the options"))
            else:
                question.options[letters.index(letter)].is_correct = True
                problems = check_question(question)
                errors.extend(LineError(question.line, problem) for problem in problems)
                if not problems:
                    questions.append(question)
            question = None
        elif option:
            letter = option.group(1)
            if letter in letters:
                errors.append(LineError(number, f"the option letter “{letter}” is used twice"))
            letters.append(letter)
            question.options.append(ParsedOption(text=option.group(2).strip(), is_correct=False))
        elif not question.options:
            question.text = f"{question.text}\n{line}"  # question text over several lines
        else:
            errors.append(LineError(number, "expected an option such as “C. …” or the line “ANSWER: B”"))
    if question is not None:
        errors.append(LineError(question.line, "the question has no “ANSWER:” line"))
    if not questions and not errors:
        errors.append(LineError(1, "the file has no questions"))
    if errors:
        raise BankFileError(errors)
    return questions
