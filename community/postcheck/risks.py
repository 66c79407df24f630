"""The five risks from the guidelines, each with the one question to ask before posting."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Risk:
    key: str
    title: str
    question: str


FIVE_RISKS = (
    Risk("reputation", "Reputation", "Would you be happy to see this on the front page of the local paper?"),
    Risk(
        "defamation",
        "Defamation",
        "Does it say or repeat anything about a person or business that you could not prove is true?",
    ),
    Risk(
        "intellectual_property",
        "Intellectual property",
        "Do we own every photo, video, music and logo in it, or hold a licence that allows this use?",
    ),
    Risk(
        "data_protection",
        "Data protection",
        "Could anyone who has used our services be identified from it, even from a detail in a photo?",
    ),
    Risk(
        "contract",
        "Contract",
        "Does it promise, offer or agree to anything that you are not authorised to promise?",
    ),
)

# The lesson that explains the five risks (site/demo/courses/1-induction.yaml): linked when it is live.
RISKS_LESSON_SLUG = "the-risks"
