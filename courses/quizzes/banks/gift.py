"""Moodle's GIFT format: https://docs.moodle.org/en/GIFT_format.

Read: single choice (`=right ~wrong`), multiple choice with weights (`~%50%a ~%-100%b`), true/false
(`{T}`, `{FALSE#wrong-answer feedback#right-answer feedback}`), per-answer feedback (`#…`), general
feedback (`####…`, kept as the explanation), titles (`::title::`), `[plain]`/`[moodle]`/`[html]`/`[markdown]`
format markers, `$CATEGORY:` lines, `//` comments and the escapes `\\~ \\= \\# \\{ \\} \\:` (and `\\n`).
Refused with a line number: matching, short answer, numerical, essay and description questions, and
anything malformed. Written: the same subset, so an exported pool imports back unchanged.
"""

import re

from courses.quizzes.banks import (
    MULTIPLE,
    SINGLE,
    TRUE_FALSE,
    BankFileError,
    LineError,
    ParsedOption,
    ParsedQuestion,
    check_question,
)

SPECIAL = "~=#{}:"
FORMATS = ("[plain]", "[moodle]", "[html]", "[markdown]")
TRUE_WORDS, FALSE_WORDS = {"T", "TRUE"}, {"F", "FALSE"}
WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


def unescape(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            out.append("\n" if following == "n" else following)
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


def escape(text: str) -> str:
    text = text.replace("\\", "\\\\")
    for char in SPECIAL:
        text = text.replace(char, "\\" + char)
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def _unescaped(text: str, chars: str) -> list[tuple[int, str]]:
    """Positions of the characters in `chars` that are not escaped by a backslash."""
    found, index = [], 0
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] in chars:
            found.append((index, text[index]))
        index += 1
    return found


def _find(text: str, target: str, start: int = 0) -> int:
    """The first unescaped `target` (a string) at or after `start`, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(target, index):
            return index
        index += 1
    return -1


def _chunks(text: str) -> tuple[list[tuple[int, str, str]], list[LineError]]:
    """Questions as (first line, category, source), split on blank lines outside braces."""
    chunks, errors = [], []
    category, current, start, depth = "", [], 0, 0
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if depth == 0 and not stripped:
            if current:
                chunks.append((start, category, "\n".join(current)))
                current = []
            continue
        if depth == 0 and not current and stripped.upper().startswith("$CATEGORY:"):
            category = stripped.split(":", 1)[1].strip()
            continue
        if not current:
            start = number
        current.append(line)
        for _, char in _unescaped(line, "{}"):
            depth += 1 if char == "{" else -1
        if depth < 0:
            errors.append(LineError(number, "a “}” closes an answer block that was never opened"))
            depth = 0
    if depth > 0:
        errors.append(LineError(start, "an answer block “{” is never closed with “}”"))
    elif current:
        chunks.append((start, category, "\n".join(current)))
    return chunks, errors


def _split_answers(body: str) -> list[tuple[str, str]]:
    """The answers of a choice question as (marker, source): each starts at an unescaped = or ~."""
    marks = _unescaped(body, "=~")
    answers = []
    for position, (index, marker) in enumerate(marks):
        end = marks[position + 1][0] if position + 1 < len(marks) else len(body)
        answers.append((marker, body[index + 1 : end]))
    return answers


def _option(marker: str, source: str) -> tuple[ParsedOption, float | None]:
    source = source.strip()
    weight = None
    match = WEIGHT.match(source)
    if match:
        weight = float(match.group(1))
        source = source[match.end() :]
    hash_at = _find(source, "#")
    text, feedback = (source[:hash_at], source[hash_at + 1 :]) if hash_at >= 0 else (source, "")
    is_correct = marker == "=" or (weight is not None and weight > 0)
    return ParsedOption(text=unescape(text).strip(), is_correct=is_correct, feedback=unescape(feedback).strip()), weight


def _parse_chunk(line: int, category: str, source: str) -> ParsedQuestion:
    """One question, or ValueError saying why it cannot be imported."""
    title = ""
    stripped = source.strip()
    if stripped.startswith("::"):
        end = _find(stripped, "::", 2)
        if end < 0:
            raise ValueError("the title is not closed with “::”")
        title, stripped = unescape(stripped[2:end]).strip(), stripped[end + 2 :].lstrip()
    for marker in FORMATS:
        if stripped.lower().startswith(marker):
            stripped = stripped[len(marker) :].lstrip()
            break
    opening = _find(stripped, "{")
    if opening < 0:
        raise ValueError("a description with no answers is not a question Postwise can import")
    closing = _find(stripped, "}", opening)
    before, body, after = stripped[:opening], stripped[opening + 1 : closing], stripped[closing + 1 :]
    if _find(after, "{") >= 0:
        raise ValueError("a question has only one answer block")
    text = unescape(before).strip()
    if after.strip():  # "missing word": the blank goes where the answers were
        text = f"{text} _____ {unescape(after).strip()}".strip()

    general = _find(body, "####")
    explanation = ""
    if general >= 0:
        body, explanation = body[:general], unescape(body[general + 4 :]).strip()
    if not body.strip():
        raise ValueError("essay questions (an empty answer block) are not supported")
    if body.lstrip().startswith("#"):
        raise ValueError("numerical questions are not supported")
    if _find(body, "->") >= 0:
        raise ValueError("matching questions are not supported")

    head = body.strip()
    first_hash = _find(head, "#")
    word = (head[:first_hash] if first_hash >= 0 else head).strip()
    if word.upper() in TRUE_WORDS | FALSE_WORDS:
        feedbacks = (
            [unescape(part).strip() for part in _split_on_hash(head[first_hash + 1 :])] if first_hash >= 0 else []
        )
        wrong_feedback = feedbacks[0] if feedbacks else ""
        right_feedback = feedbacks[1] if len(feedbacks) > 1 else ""
        answer = word.upper() in TRUE_WORDS
        options = [
            ParsedOption("True", answer, right_feedback if answer else wrong_feedback),
            ParsedOption("False", not answer, wrong_feedback if answer else right_feedback),
        ]
        return ParsedQuestion(line, TRUE_FALSE, text, options, explanation, title, category)

    answers = _split_answers(body)
    if not answers:
        raise ValueError("answers start with “=” (right) or “~” (wrong)")
    if body[: _unescaped(body, "=~")[0][0]].strip():
        raise ValueError("something comes before the first answer; answers start with “=” or “~”")
    if all(marker == "=" for marker, _ in answers):
        raise ValueError("short answer questions (only “=” answers) are not supported")
    parsed = [_option(marker, part) for marker, part in answers]
    weighted = any(weight is not None for _, weight in parsed)
    options = [option for option, _ in parsed]
    kind = MULTIPLE if weighted else SINGLE
    if not weighted and sum(1 for option in options if option.is_correct) != 1:
        raise ValueError("a single choice question needs exactly one “=” answer; give weights like “~%50%” for several")
    return ParsedQuestion(line, kind, text, options, explanation, title, category)


def _split_on_hash(text: str) -> list[str]:
    parts, last = [], 0
    for index, _ in _unescaped(text, "#"):
        parts.append(text[last:index])
        last = index + 1
    parts.append(text[last:])
    return parts


def parse_gift(text: str) -> list[ParsedQuestion]:
    """Every question in the file, or `BankFileError` with every problem found (nothing partial)."""
    chunks, errors = _chunks(text.replace("\ufeff", ""))
    questions = []
    for line, category, source in chunks:
        try:
            question = _parse_chunk(line, category, source)
        except ValueError as problem:
            errors.append(LineError(line, str(problem)))
            continue
        problems = check_question(question)
        errors.extend(LineError(line, problem) for problem in problems)
        if not problems:
            questions.append(question)
    if not chunks and not errors:
        errors.append(LineError(1, "the file has no questions"))
    if errors:
        raise BankFileError(errors)
    return questions


def _weight(count: int) -> str:
    return f"{100 / count:.5f}".rstrip("0").rstrip(".")


def write_gift(*, category: str, questions: list) -> str:
    """The questions (with `kind`, `text`, `explanation` and `options`) as GIFT, under one category."""
    lines = [f"// Exported from Postwise: {len(questions)} question{'s' if len(questions) != 1 else ''}.", ""]
    lines += [f"$CATEGORY: {category}", ""]
    for number, question in enumerate(questions, start=1):
        options = list(question.options)
        head = f"::Question {number}::[plain]{escape(question.text)} {{"
        general = f"\n\t####{escape(question.explanation)}" if question.explanation else ""
        if question.kind == TRUE_FALSE:
            right = next(option for option in options if option.is_correct)
            wrong = next(option for option in options if not option.is_correct)
            word = "TRUE" if right.text.strip().lower() == "true" else "FALSE"
            feedback = f"#{escape(wrong.feedback)}#{escape(right.feedback)}" if right.feedback or wrong.feedback else ""
            lines.append(f"{head}{word}{feedback}{general}\n}}")
        else:
            correct = sum(1 for option in options if option.is_correct)
            answers = []
            for option in options:
                feedback = f"#{escape(option.feedback)}" if option.feedback else ""
                if question.kind == MULTIPLE:
                    weight = _weight(correct) if option.is_correct else "-100"
                    answers.append(f"\t~%{weight}%{escape(option.text)}{feedback}")
                else:
                    answers.append(f"\t{'=' if option.is_correct else '~'}{escape(option.text)}{feedback}")
            lines.append(head + "\n" + "\n".join(answers) + general + "\n}")
        lines.append("")
    return "\n".join(lines)
