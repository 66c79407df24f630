"""Question banks in and out: the GIFT and Aiken parsers, the import into a pool as drafts (all or
nothing, with line-numbered errors) and the GIFT export, which imports back to the same questions."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from zeal import zeal_ignore

from courses.quizzes.banks import BankFileError
from courses.quizzes.banks.aiken import parse_aiken
from courses.quizzes.banks.gift import escape, parse_gift, unescape, write_gift
from courses.quizzes.factories import QuestionFactory, QuestionPoolFactory
from courses.quizzes.models import Question
from courses.quizzes.selectors import live_questions_of
from tests.community.mfa_helpers import sign_in_with_totp
from tests.conftest import ROLE_NAMES

# A GIFT file as Moodle writes one, with the features Postwise reads.
MOODLE_GIFT = r"""// question: 101  name: Consent
// A comment line, and a category for the whole file.
$CATEGORY: $course$/top/Social media

::Consent::[html]Before you post a photo of a resident you \{always\} ask for\: {
	=their written consent#Right\: consent protects residents.
	~nothing#No\~ never.
	~a manager's say-so#Not enough on its own.
	####Consent is written and kept.
}

// true/false with feedback for a wrong and a right answer
::Midnight::Posting from an official account is fine after midnight.{FALSE#It is not about the time.#Right.}

Which of these keep an account safe?{
	~%50%Two-factor sign-in#Yes.
	~%50%A password manager
	~%-100%Sharing the password with a colleague#Never.
}

The \=sign and the \#hash survive.{T}

Grant is buried in {=Grant's tomb ~the park} in New York.
"""


def parse_errors(parser, text) -> list[tuple[int, str]]:
    with pytest.raises(BankFileError) as caught:
        parser(text)
    return [(error.line, error.message) for error in caught.value.errors]


class TestGift:
    def test_a_moodle_file(self):
        consent, midnight, safe, signs, grant = parse_gift(MOODLE_GIFT)
        assert consent.line == 5 and consent.title == "Consent" and consent.category == "$course$/top/Social media"
        assert consent.kind == "single"
        assert consent.text == "Before you post a photo of a resident you {always} ask for:"
        assert [(o.text, o.is_correct, o.feedback) for o in consent.options] == [
            ("their written consent", True, "Right: consent protects residents."),
            ("nothing", False, "No~ never."),
            ("a manager's say-so", False, "Not enough on its own."),
        ]
        assert consent.explanation == "Consent is written and kept."
        assert midnight.kind == "true_false"
        assert [(o.text, o.is_correct, o.feedback) for o in midnight.options] == [
            ("True", False, "It is not about the time."),
            ("False", True, "Right."),
        ]
        assert safe.kind == "multiple"
        assert [(o.text, o.is_correct) for o in safe.options] == [
            ("Two-factor sign-in", True),
            ("A password manager", True),
            ("Sharing the password with a colleague", False),
        ]
        assert signs.text == "The =sign and the #hash survive." and signs.options[0].is_correct
        assert grant.text == "Grant is buried in _____ in New York."

    @pytest.mark.parametrize(
        ("source", "message"),
        [
            ("Name a colour.{=red =blue}", "short answer"),
            ("How many?{#3:1}", "numerical"),
            ("Pair them.{=cat -> meow =dog -> woof}", "matching"),
            ("Write an essay.{}", "essay"),
            ("Just a description.", "description"),
            ("Two right?{=a =b ~c}", "exactly one “=”"),
            ("One option only.{=a}", "short answer"),
            ("Weights but none right.{~%-50%a ~%-50%b}", "at least one right answer"),
        ],
    )
    def test_unsupported_questions_are_refused_with_their_line(self, source, message):
        errors = parse_errors(parse_gift, f"// first line\n\n{source}\n")
        assert errors[0][0] == 3 and message in errors[0][1]

    def test_every_problem_is_listed_in_line_order(self):
        text = "Good?{=yes ~no}\n\nBad one.{=a =b}\n\n// comment\nUnclosed {\n=x\n~y\n"
        assert [line for line, _ in parse_errors(parse_gift, text)] == [3, 6]

    def test_a_stray_closing_brace(self):
        assert parse_errors(parse_gift, "Odd } here {=a ~b}")[0][0] == 1

    def test_an_empty_file(self):
        assert parse_errors(parse_gift, "// only a comment\n") == [(1, "the file has no questions")]

    def test_a_long_option_is_refused(self):
        errors = parse_errors(parse_gift, "Long?{=" + "x" * 301 + " ~short}")
        assert "longer than 300" in errors[0][1]

    def test_escapes_round_trip(self):
        text = "a ~ b = c # d { e } f : g \\ h\nnew line"
        assert unescape(escape(text)) == text

    def test_questions_over_several_lines_and_windows_line_ends(self):
        (question,) = parse_gift("::T::A question\r\nover two lines {\r\n=yes\r\n~no\r\n}\r\n")
        assert question.text == "A question\nover two lines" and question.line == 1


class TestAiken:
    def test_a_file(self):
        first, second = parse_aiken(
            "What should you check before sharing?\nA. The likes\nB) The source\nANSWER: B\n\n"
            "Who may post for the organisation?\nA. Anyone\nB. Licence holders\nC. Managers\nANSWER: b\n"
        )
        assert first.kind == "single" and [(o.text, o.is_correct) for o in first.options] == [
            ("The likes", False),
            ("The source", True),
        ]
        assert second.line == 6 and [o.is_correct for o in second.options] == [False, True, False]

    def test_errors_have_line_numbers(self):
        errors = parse_errors(
            parse_aiken, "Q one\nA. x\nB. y\nANSWER: D\n\nQ two\nA. x\nB. y\nnonsense\nANSWER: A\n\nQ three\nA. x\n"
        )
        assert (4, "the answer “D” is not one of the options") in errors
        assert (9, "expected an option such as “C. …” or the line “ANSWER: B”") in errors
        assert (12, "the question has no “ANSWER:” line") in errors

    def test_one_option_is_not_enough(self):
        assert parse_errors(parse_aiken, "Q\nA. only\nANSWER: A\n") == [(1, "a question needs at least two options")]


@pytest.mark.django_db
class TestImport:
    URL = "/admin/quizzes/import/"

    def post(self, client, pool, text, *, fmt="gift", confirm=False):
        if confirm:
            # Importing writes each question on its own, with its revision and log entry (services.
            # import_questions), and Wagtail and modelcluster read the new question back while saving it: a
            # query per question imported, by design, which django-zeal reports. Allowed here only, so that a
            # loop over questions anywhere else still fails.
            with zeal_ignore(
                [{"model": "quizzes.Question", "field": "options"}, {"model": "quizzes.Question", "field": "get()"}]
            ):
                return client.post(self.URL, {"pool": pool.pk, "format": fmt, "text": text, "confirm": "1"})
        upload = SimpleUploadedFile("bank.txt", text.encode(), content_type="text/plain")
        return client.post(self.URL, {"pool": pool.pk, "format": fmt, "file": upload})

    def test_check_then_create_drafts(self, author_client, champion):
        pool = QuestionPoolFactory(name="Imported")
        checked = self.post(author_client, pool, MOODLE_GIFT)
        assert checked.status_code == 200
        page = checked.content.decode()
        assert "5 questions to add" in page and "their written consent" in page
        assert not Question.objects.filter(pool=pool).exists()

        created = self.post(author_client, pool, MOODLE_GIFT, confirm=True)
        assert created.status_code == 302
        questions = Question.objects.filter(pool=pool)
        assert questions.count() == 5
        assert not any(question.live for question in questions)
        assert all(question.latest_revision.user_id == champion.pk for question in questions)
        consent = questions.get(text__startswith="Before you post")
        assert consent.options.get(is_correct=True).feedback == "Right: consent protects residents."

    def test_a_bad_file_saves_nothing_and_names_the_lines(self, author_client):
        pool = QuestionPoolFactory(name="Imported")
        bad = "Good?{=yes ~no}\n\nBad one.{=a =b}\n"
        for confirm in (False, True):
            response = self.post(author_client, pool, bad, confirm=confirm)
            assert response.status_code == 400
            assert "Line 3: short answer questions" in response.content.decode()
        assert not Question.objects.filter(pool=pool).exists()

    def test_aiken(self, author_client):
        pool = QuestionPoolFactory(name="Aiken")
        text = "Which is safe?\nA. Reusing passwords\nB. A password manager\nANSWER: B\n"
        assert self.post(author_client, pool, text, fmt="aiken", confirm=True).status_code == 302
        assert Question.objects.get(pool=pool).options.get(is_correct=True).text == "A password manager"

    @pytest.mark.parametrize(
        "data",
        [
            {},
            {"format": "gift"},
            {"pool": "999999", "format": "gift", "text": "Q{=a ~b}"},
            {"pool": "x", "format": "yaml", "text": "Q{=a ~b}"},
        ],
    )
    def test_bad_input_is_answered_beside_the_fields(self, author_client, data):
        response = author_client.post(self.URL, data)
        assert response.status_code == 400
        assert not Question.objects.filter(text="Q").exists()

    @pytest.mark.parametrize("given", ["abc", "-1", str(10**30), "0"])
    def test_a_junk_pool_in_the_address_is_ignored(self, author_client, given):
        assert author_client.get(self.URL, {"pool": given}).status_code == 200

    def test_the_pool_in_the_address_is_chosen(self, author_client):
        pool = QuestionPoolFactory(name="Chosen")
        assert f'value="{pool.pk}" selected' in author_client.get(self.URL, {"pool": pool.pk}).content.decode()

    def test_not_utf8(self, author_client):
        pool = QuestionPoolFactory()
        upload = SimpleUploadedFile("bank.txt", "Qu\xe9?{=a ~b}".encode("latin-1"))
        response = author_client.post(self.URL, {"pool": pool.pk, "format": "gift", "file": upload})
        assert response.status_code == 400 and "not UTF-8" in response.content.decode()


@pytest.mark.django_db
def test_export_then_import_gives_the_same_questions(author_client):
    source = QuestionPoolFactory(name="Source")
    QuestionFactory(pool=source, options=[("Ask: {first} = best", True), ("Post ~ now #1", False)])
    QuestionFactory(
        pool=source,
        kind=Question.Kind.MULTIPLE,
        options=[("One", True), ("Two", True), ("Three", True), ("Four", False)],
    )
    QuestionFactory(pool=source, kind=Question.Kind.TRUE_FALSE, options=[("True", False), ("False", True)])
    draft = QuestionFactory(pool=source, text="A draft is not exported")
    Question.objects.filter(pk=draft.pk).update(live=False)

    response = author_client.get(reverse("quizzes_admin:export", args=[source.pk]))
    assert response.status_code == 200 and response["Content-Disposition"].endswith('source.gift.txt"')
    exported = response.content.decode()
    assert "A draft is not exported" not in exported

    target = QuestionPoolFactory(name="Target")
    assert TestImport().post(author_client, target, exported, confirm=True).status_code == 302

    def described(questions):
        return [
            (q.kind, q.text, q.explanation, [(o.text, o.is_correct, o.feedback) for o in q.options]) for q in questions
        ]

    assert described(live_questions_of(pool=target)) == [] and Question.objects.filter(pool=target).count() == 3
    for question in Question.objects.filter(pool=target):
        question.get_latest_revision().publish()
    assert described(live_questions_of(pool=target)) == described(live_questions_of(pool=source))
    assert write_gift(category="Source", questions=live_questions_of(pool=source)) == exported


ADMIN_ROLES = {"champion", "coordinator", "techsupport"}


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLE_NAMES)
def test_only_champions_import_and_export(client_for_role, member_for_role, role):
    """The access matrix for the question bank views: role holders sign in with TOTP, as the admin requires."""
    client = client_for_role(role)
    if role in ADMIN_ROLES:
        sign_in_with_totp(client, member_for_role(role))
    pool = QuestionFactory().pool
    export = client.get(reverse("quizzes_admin:export", args=[pool.pk]))
    form = client.get(TestImport.URL)
    posted = TestImport().post(client, pool, "New?{=yes ~no}", confirm=True)
    if role == "champion":
        assert export.status_code == form.status_code == 200
        assert posted.status_code == 302 and Question.objects.filter(text="New?").exists()
    else:
        refused = (302, 403) if role in ADMIN_ROLES else (302,)
        assert export.status_code in refused and form.status_code in refused and posted.status_code in refused
        assert "yes" not in export.content.decode()
        assert not Question.objects.filter(text="New?").exists()
