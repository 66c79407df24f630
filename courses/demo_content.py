"""Demo courses and guidelines, written for Postwise: an imaginary council's staff using social media."""


def heading(text: str, level: str = "h2") -> tuple:
    return ("heading", {"text": text, "level": level})


def para(*paragraphs: str) -> tuple:
    return ("paragraph", "".join(f"<p>{text}</p>" for text in paragraphs))


def bullets(intro: str, *items: str) -> tuple:
    return ("paragraph", f"<p>{intro}</p><ul>{''.join(f'<li>{item}</li>' for item in items)}</ul>")


def do_dont(title: str, do: list[str], dont: list[str]) -> tuple:
    return ("do_dont", {"title": title, "do": do, "dont": dont})


def quote(text: str, attribution: str) -> tuple:
    return ("quote", {"quote": text, "attribution": attribution})


def scenario(situation: str, answer: str, question: str = "What would you do?") -> tuple:
    return ("scenario", {"situation": situation, "question": question, "answer": f"<p>{answer}</p>"})


INDUCTION = {
    "slug": "induction",
    "title": "Induction: social media at work",
    "summary": "What every member of staff needs to know about social media, whether you post for the council "
    "or only for yourself.",
    "audience": 1,
    "estimated_minutes": 35,
    "required_for_all": True,
    "introduction": [
        para(
            "This short course is for everyone who works for the council. It takes about half an hour, and you can "
            "stop and come back: your place is kept."
        )
    ],
    "lessons": [
        {
            "slug": "why-it-matters",
            "title": "Why social media matters to the council",
            "summary": "Residents talk about us online every day. Here is why that is a good thing.",
            "body": [
                para(
                    "Most residents never ring us or visit an office. They read about bin collections, road works "
                    "and school closures on their phones, and many of them tell us what they think in public.",
                    "Used well, social media lets us warn people quickly, answer questions where they are asked, and "
                    "hear about problems before they turn into complaints.",
                ),
                heading("What we gain"),
                bullets(
                    "Across the council, social media helps us to:",
                    "get urgent information out in minutes, such as a gritting route or a flooded road;",
                    "answer simple questions publicly, so the next person finds the answer too;",
                    "spot trends, like a run of reports about one broken street light;",
                    "show the everyday work of services that residents rarely see.",
                ),
                quote(
                    "Half of the questions we answered on social media last winter were about bins. Every one "
                    "answered in public saved us a phone call.",
                    "Customer services team leader",
                ),
                scenario(
                    "A neighbour says at a party that the council 'never listens' on social media.",
                    "Agree that we do not always get it right, then mention one thing that changed because "
                    "somebody told us online. Point them to the official account rather than debating it there.",
                    question="What could you say?",
                ),
            ],
        },
        {
            "slug": "personal-use",
            "title": "Personal use at work",
            "summary": "Your own accounts are yours, but people may still connect them with your job.",
            "body": [
                para(
                    "You may use your own social media during breaks, as long as it does not get in the way of your "
                    "work. What you post on your own accounts is your business, with one condition: if people can "
                    "tell that you work for the council, what you say can reflect on it."
                ),
                do_dont(
                    "Your own accounts",
                    do=[
                        "Say that views are your own if you mention your work",
                        "Keep work passwords out of personal apps",
                        "Check your privacy settings every few months",
                    ],
                    dont=[
                        "Post about residents you have dealt with, even without names",
                        "Share internal documents or screenshots of work systems",
                        "Speak for the council unless you hold the corporate user licence",
                    ],
                ),
                scenario(
                    "You see a post on a local group criticising your team, with a mistake in it about opening hours.",
                    "Do not reply from your own account as if you were speaking for the council. Let the team that "
                    "runs the official account know, with a link, so they can correct the hours.",
                ),
            ],
        },
        {
            "slug": "think-before-you-post",
            "title": "Think before you post",
            "summary": "Five questions that take ten seconds and save a lot of trouble.",
            "body": [
                para(
                    "Posts travel further and last longer than we expect. A screenshot can outlive a deleted post by "
                    "years. Before you post anything that touches on work, pause and ask yourself five questions."
                ),
                bullets(
                    "Before you press post:",
                    "Would I be happy to see this quoted in the local paper?",
                    "Could it upset or identify a resident or a colleague?",
                    "Is it accurate, and can I show where the facts came from?",
                    "Am I angry, tired or in a hurry?",
                    "Is this the right place, or should it be a phone call or an email?",
                ),
                scenario(
                    "It is late, and you have just read a post that unfairly blames your service for a missed "
                    "collection. You have a reply half written.",
                    "Save it as a draft and close the app. Read it again in the morning, and if it still seems worth "
                    "saying, pass the facts to the official account instead of replying yourself.",
                ),
            ],
        },
        {
            "slug": "the-risks",
            "title": "The risks, in plain words",
            "summary": "Reputation, defamation, intellectual property, data protection and accidental contracts.",
            "body": [
                heading("Reputation"),
                para(
                    "Trust in the council is built slowly and lost quickly. One careless joke can undo months of good "
                    "service in the eyes of people who only see that post."
                ),
                heading("Defamation"),
                para(
                    "Saying something untrue that harms a person's or a business's reputation can lead to a claim "
                    "against you and the council. Reposting somebody else's claim counts too."
                ),
                heading("Intellectual property"),
                para(
                    "Photos, music, maps and logos belong to someone. Only use images we own, ones made for us under "
                    "licence, or ones whose licence clearly allows it, and credit them as the licence asks."
                ),
                heading("Data protection"),
                para(
                    "Never post anything that could identify a resident who has used our services, including "
                    "photos of letters, case numbers or addresses. If someone shares their own details with us in "
                    "public, move the conversation to a private channel."
                ),
                heading("Making a contract by accident"),
                para(
                    "A public reply such as 'yes, we'll pay for that' or 'we'll replace it free' can be read as an "
                    "offer. Only promise what you are authorised to promise, and point people to the proper process."
                ),
                scenario(
                    "A resident tweets a photo of a damaged fence and asks whether the council will pay for it, "
                    "because a bin lorry hit it.",
                    "Say you are sorry to see it and explain how to report damage, with a link to the claims form. "
                    "Do not admit fault or promise payment: that is for the claims team to decide.",
                ),
            ],
        },
        {
            "slug": "recovering-from-a-mistake",
            "title": "Recovering from a mistake",
            "summary": "Everyone gets it wrong sometimes. What matters is what you do next.",
            "body": [
                para(
                    "If you post something you should not have, act quickly and tell someone. Hiding a mistake almost "
                    "always makes it worse."
                ),
                bullets(
                    "The first hour:",
                    "Take a screenshot, so we know exactly what was said.",
                    "Delete or correct the post, saying what you changed.",
                    "Tell your manager and the social media champions.",
                    "If personal data was shared, report it to the data protection officer the same day.",
                ),
                quote(
                    "The people who came to us straight away were never the ones we worried about.",
                    "Customer service champion",
                ),
            ],
        },
    ],
}

REPRESENTING = {
    "slug": "representing-the-organisation",
    "title": "Representing the organisation",
    "summary": "How to post, reply and run alerts on the council's behalf. Complete it, then pass the quiz to earn "
    "the corporate user licence.",
    "audience": 2,
    "estimated_minutes": 45,
    "required_for_all": False,
    "introduction": [
        para(
            "This course is for staff who want to post for the council. Finish every lesson, then take the quiz. "
            "Passing it earns the corporate user licence, known as the licence to tweet."
        )
    ],
    "lessons": [
        {
            "slug": "tone",
            "title": "Tone: listen, be personal, respond, be honest",
            "summary": "Sound like a helpful person, not a press release.",
            "body": [
                heading("Listen first"),
                para(
                    "Read the whole thread before you reply. People often explain the real problem two posts after "
                    "the one that tagged us."
                ),
                heading("Be personal"),
                para(
                    "Use plain, warm words and sign off with your first name or team if the account allows it. "
                    "'Sorry, that sounds frustrating' goes further than 'We apologise for any inconvenience'."
                ),
                heading("Respond"),
                para("Silence looks like indifference. If you cannot answer yet, say when you will, and keep to it."),
                heading("Be honest"),
                para("If we got something wrong, say so. If you do not know, say you will find out. Never guess."),
                do_dont(
                    "Replying to a complaint",
                    do=["Thank them for telling us", "Give one clear next step", "Follow up when it is fixed"],
                    dont=["Copy and paste the same reply to everyone", "Blame another team", "Go quiet"],
                ),
            ],
        },
        {
            "slug": "what-to-avoid",
            "title": "What to avoid",
            "summary": "Arguing, jargon, trying too hard to be cool, and leaking personal data.",
            "body": [
                do_dont(
                    "On an official account",
                    do=[
                        "Correct facts once, politely, with a source",
                        "Write as you would speak to a resident at the front desk",
                        "Check every photo for names, faces and addresses",
                    ],
                    dont=[
                        "Get drawn into a back-and-forth argument",
                        "Use internal words such as 'service request' or 'FOI'",
                        "Chase trends or memes that do not suit the subject",
                        "Post screenshots that show anyone's personal details",
                    ],
                ),
                scenario(
                    "Someone replies to a post about a new cycle lane with a string of insults aimed at the council.",
                    "Do not argue. If the post breaks the platform's rules, hide or report it as our moderation "
                    "policy says. If there is a real question inside it, answer that question once and leave it.",
                ),
            ],
        },
        {
            "slug": "alerts-and-events",
            "title": "Service alerts and events",
            "summary": "Getting urgent news out fast, and getting people to come along.",
            "body": [
                heading("Service alerts"),
                bullets(
                    "A good alert says:",
                    "what has changed, in the first line;",
                    "who is affected and where;",
                    "what people should do now;",
                    "when we will update them next.",
                ),
                para(
                    "Pin the alert while it applies, and post a clear 'all clear' when it ends, so nobody acts on "
                    "old news."
                ),
                heading("Promoting events"),
                para(
                    "Post early, post the day before, and post on the day. Include the time, the place, whether it "
                    "is free, and how to get there without a car. Add alternative text to every image."
                ),
                scenario(
                    "Heavy snow means tomorrow's collections in two wards are cancelled. It is 6pm.",
                    "Post now, naming the wards and saying collections move to Saturday. Pin it. Reply to questions "
                    "with the same facts, and post again at 7am to catch people before they put bins out.",
                ),
            ],
        },
    ],
}

MANAGING = {
    "slug": "managing-an-official-account",
    "title": "Managing an official account",
    "summary": "Access, passwords, monitoring, response times and measuring what works, for account managers.",
    "audience": 3,
    "estimated_minutes": 40,
    "required_for_all": False,
    "introduction": [para("For staff named as managers of an official account, and those who hope to be.")],
    "lessons": [
        {
            "slug": "access-and-credentials",
            "title": "Access control and credentials",
            "summary": "Who can post, and how to keep the keys safe.",
            "body": [
                para(
                    "Every official account has at least two named managers, each holding a current corporate user "
                    "licence. Nobody else posts."
                ),
                do_dont(
                    "Passwords and access",
                    do=[
                        "Use the council's password manager for shared credentials",
                        "Turn on two-factor authentication for every account",
                        "Remove people on the day they leave the team",
                    ],
                    dont=[
                        "Share passwords by email or chat",
                        "Register an account to a personal phone number",
                        "Leave a former colleague's access 'just in case'",
                    ],
                ),
            ],
        },
        {
            "slug": "monitoring-and-response-times",
            "title": "Monitoring and response times",
            "summary": "Know what is being said, and answer within the times we publish.",
            "body": [
                para(
                    "Check mentions and messages at least twice every working day, and more often during an "
                    "incident. Our published standard is a first reply within one working day."
                ),
                bullets(
                    "Plan for gaps:",
                    "agree cover for leave and sickness in advance;",
                    "set an out-of-hours message that says where to report emergencies;",
                    "never leave a public question unanswered over a weekend without a holding reply.",
                ),
                scenario(
                    "You come back from a week's leave to forty unanswered messages.",
                    "Reply first to anything urgent or about safety. Post a short public note thanking people for "
                    "their patience, then work through the rest, oldest first. Record the gap as an incident so we "
                    "can fix the cover arrangements.",
                ),
            ],
        },
        {
            "slug": "measuring",
            "title": "Measuring what works",
            "summary": "If you can't measure it, you can't manage it.",
            "body": [
                para(
                    "Each month, record your account's measures in Postwise: followers, reach, replies sent, the "
                    "median time to first reply, and anything notable. The numbers matter less than the trend."
                ),
                quote(
                    "We stopped counting followers and started counting questions answered. That changed how we "
                    "wrote everything.",
                    "Account manager, libraries",
                ),
                bullets(
                    "Good questions to ask of the numbers:",
                    "Which posts led people to do something useful?",
                    "Where are we slower than our published standard?",
                    "What are residents asking that our website does not answer?",
                ),
            ],
        },
    ],
}

COURSES = [INDUCTION, REPRESENTING, MANAGING]

GUIDELINES = [
    {
        "slug": "personal-use",
        "title": "Personal use of social media",
        "audience": 1,
        "version": "1.0",
        "summary": "For all staff: your own accounts, and how they can touch your work.",
        "body": [
            para(
                "These guidelines apply to everyone who works for the council, including agency staff and "
                "volunteers, whenever social media could connect them with their work."
            ),
            bullets(
                "We ask you to:",
                "keep residents' and colleagues' information off your personal accounts;",
                "make clear that your views are your own if you mention your job;",
                "leave official replies to the people who hold the corporate user licence;",
                "tell your manager and a champion quickly if something goes wrong.",
            ),
            do_dont(
                "In short",
                do=["Enjoy social media in your own time", "Report abuse aimed at you because of your job"],
                dont=["Post about cases you work on", "Use a council logo on a personal account"],
            ),
        ],
    },
    {
        "slug": "representing-the-council",
        "title": "Representing the council",
        "audience": 2,
        "version": "1.0",
        "summary": "For corporate users: the standards that apply whenever you post on the council's behalf.",
        "body": [
            para(
                "When you post for the council, residents treat what you say as the council's word. These "
                "guidelines set the standard we all keep to."
            ),
            bullets(
                "On every official post:",
                "be accurate, and correct mistakes openly;",
                "be polite, even when others are not;",
                "be politically neutral, and stricter still during election periods;",
                "use plain English and add alternative text to images;",
                "never promise money, compensation or a change of decision.",
            ),
            scenario(
                "A councillor asks you to share their campaign post from the official account.",
                "Politely decline: official accounts stay politically neutral. Offer to share the factual service "
                "information instead, if there is any.",
            ),
        ],
    },
    {
        "slug": "managing-an-account",
        "title": "Managing an official account",
        "audience": 3,
        "version": "1.0",
        "summary": "For account managers: keeping an official account safe, responsive and useful.",
        "body": [
            bullets(
                "As an account manager you:",
                "keep at least two licensed managers on the account at all times;",
                "keep credentials in the password manager, with two-factor authentication on;",
                "meet the published response times, or arrange cover;",
                "record monthly measures and any incident in Postwise;",
                "review the account's purpose with your sponsor every year.",
            ),
            quote(
                "An account nobody checks is worse than no account at all.",
                "Account coordinator",
            ),
        ],
    },
]
