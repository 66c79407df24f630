"""The demo licence quiz's questions, written for Postwise. Each option: (text, correct, feedback)."""

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"

JUDGEMENT_POOL = "Representing the organisation: judgement calls"
RULES_POOL = "Representing the organisation: rules and risks"

JUDGEMENT_QUESTIONS = [
    {
        "lesson": "representing-the-organisation/tone",
        "kind": SINGLE,
        "text": "A resident replies to the library account saying the self-service machines have been broken "
        "for a week. What do you do first?",
        "explanation": "A quick, public acknowledgement shows the resident they were heard. Details that need "
        "follow-up can move to a private channel once you know the facts.",
        "options": [
            (
                "Thank them, say you are checking with the branch, and follow up in the thread.",
                True,
                "Yes: acknowledge in public, then find out and report back.",
            ),
            (
                "Delete the reply so other people do not see the complaint.",
                False,
                "Deleting fair criticism looks like hiding it and usually makes things worse.",
            ),
            (
                "Ignore it: complaints should go through the complaints form.",
                False,
                "Point people to the form if needed, but silence reads as not caring.",
            ),
            (
                "Reply that the machines are not your department.",
                False,
                "Residents see one organisation. Pass it on rather than passing the buck.",
            ),
        ],
    },
    {
        "lesson": "induction/the-risks",
        "kind": SINGLE,
        "text": "You are about to post a photo from a community event. Two children are clearly recognisable. "
        "What must be true before you post?",
        "explanation": "Photos of identifiable children need recorded consent from a parent or guardian, "
        "whatever the event.",
        "options": [
            ("A parent or guardian has given recorded consent.", True, "Right: consent first, every time."),
            (
                "The event was public, so consent is implied.",
                False,
                "A public event does not give consent to publish a child's image.",
            ),
            ("Their names are not in the caption.", False, "A face alone can identify a child."),
        ],
    },
    {
        "lesson": "induction/recovering-from-a-mistake",
        "kind": MULTIPLE,
        "text": "A post you published has a wrong date for a bin collection change. Which of these are good "
        "ways to put it right? Select all that apply.",
        "explanation": "Correct it openly: say what changed so people who saw the first version are not left "
        "with the wrong date.",
        "options": [
            ("Post a correction that says clearly what was wrong.", True, "Yes: be open about the mistake."),
            (
                "Edit or replace the original, noting that it was corrected.",
                True,
                "Yes, where the platform allows edits; mark the change.",
            ),
            ("Quietly delete the post and say nothing.", False, "People who saw the wrong date would never find out."),
            ("Wait to see if anyone notices.", False, "Residents may miss their collection in the meantime."),
        ],
    },
    {
        "lesson": "representing-the-organisation/what-to-avoid",
        "kind": TRUE_FALSE,
        "text": "It is fine to reply to a journalist's question on the service account if you keep it short.",
        "explanation": "Media enquiries go to the communications team, who answer for the organisation. "
        "Point the journalist to them.",
        "options": [
            ("True", False, "Even short answers to the media are statements for the organisation."),
            ("False", True, "Right: pass media enquiries to the communications team."),
        ],
    },
    {
        "lesson": "representing-the-organisation/what-to-avoid",
        "kind": SINGLE,
        "text": "Someone posts an abusive message naming one of your colleagues under the leisure centre's "
        "post. What should you do?",
        "explanation": "Protect the colleague: hide or remove the abuse under the moderation policy, keep a "
        "record, and tell your manager. Do not argue in public.",
        "options": [
            (
                "Hide or remove it under the moderation policy, screenshot it for the record, and tell your manager.",
                True,
                "Yes: act, record and escalate.",
            ),
            ("Reply robustly to defend your colleague.", False, "A public argument spreads the abuse further."),
            (
                "Leave it: removing comments is censorship.",
                False,
                "Abuse of staff breaks the house rules; removing it is allowed.",
            ),
        ],
    },
    {
        "lesson": "representing-the-organisation/alerts-and-events",
        "kind": MULTIPLE,
        "text": "Which of these should you check before scheduling a post for the weekend? Select all that apply.",
        "explanation": "A scheduled post goes out when nobody may be watching. Check facts, links and "
        "timing, and know who will pick up replies.",
        "options": [
            ("The facts and links are still right on the day it goes out.", True, "Yes."),
            ("Someone will see and answer replies.", True, "Yes: a question left for two days looks bad."),
            (
                "Nothing has happened that would make the post insensitive.",
                True,
                "Yes: pause scheduled posts when there is bad news.",
            ),
            ("The post has at least five hashtags.", False, "More hashtags do not make a post better."),
        ],
    },
    {
        "lesson": "induction/think-before-you-post",
        "kind": TRUE_FALSE,
        "text": "You may share your own opinion about a planning decision on the official account as long as "
        "you say it is your personal view.",
        "explanation": "The official account speaks for the organisation only. Personal views belong on "
        "personal accounts, and politically sensitive topics need extra care even there.",
        "options": [
            ("True", False, "A disclaimer does not make the official account personal."),
            ("False", True, "Right: the official account is never the place for personal views."),
        ],
    },
    {
        "lesson": "induction/recovering-from-a-mistake",
        "kind": SINGLE,
        "text": "A post starts getting many angry replies within minutes. What is the best first step?",
        "explanation": "Stop, check what people are reacting to, and ask for help before replying. A rushed "
        "reply can turn a problem into a crisis.",
        "options": [
            (
                "Pause, read what people are saying, and contact your manager or the communications team.",
                True,
                "Yes: understand it and get support first.",
            ),
            ("Reply to every comment as fast as you can.", False, "Rushed replies often repeat or deepen the mistake."),
            (
                "Turn off comments on all the organisation's accounts.",
                False,
                "That is a decision for the communications team, not a first step.",
            ),
        ],
    },
    {
        "lesson": "induction/think-before-you-post",
        "kind": SINGLE,
        "text": "A colleague asks you to post a job advert on the service account tonight, but it has not "
        "been approved yet. What do you do?",
        "explanation": "Only post what has been signed off. Tell the colleague you will post it once it is approved.",
        "options": [
            ("Wait until it is approved, and tell them so.", True, "Right."),
            (
                "Post it now and delete it if anyone complains.",
                False,
                "Once posted, it can be copied; deleting does not undo it.",
            ),
            ("Post it from your personal account instead.", False, "That still publishes an unapproved advert."),
        ],
    },
]

RULES_QUESTIONS = [
    {
        "lesson": "managing-an-official-account/access-and-credentials",
        "kind": TRUE_FALSE,
        "text": "The password for an official account may be shared by email with a new colleague who needs it.",
        "explanation": "Access goes through the account coordinator and the organisation's password manager, "
        "with two-factor authentication. Email is not a safe place for credentials.",
        "options": [
            ("True", False, "Email can be forwarded, searched and kept for years."),
            ("False", True, "Right: ask the account coordinator to give them access properly."),
        ],
    },
    {
        "lesson": "induction/the-risks",
        "kind": MULTIPLE,
        "text": "Which of these are personal data that must not be posted without a lawful reason? Select all "
        "that apply.",
        "explanation": "Anything that identifies a living person is personal data: names, addresses, case "
        "details and recognisable photos included.",
        "options": [
            ("A resident's home address from a complaint.", True, "Yes."),
            ("A photo in which a member of the public can be recognised.", True, "Yes."),
            ("Details of someone's benefit claim.", True, "Yes, and special care applies."),
            ("The opening hours of the town hall.", False, "That is not about a person."),
        ],
    },
    {
        "lesson": "induction/the-risks",
        "kind": SINGLE,
        "text": "You want to use a photo you found on a photographer's website in a post. What do you need?",
        "explanation": "Someone owns the copyright in almost every photo. Use your own images, the "
        "organisation's library, or written permission from the owner.",
        "options": [
            ("Written permission from the owner, or a licence that covers this use.", True, "Right."),
            ("Nothing, if you credit the photographer.", False, "A credit is not permission."),
            ("Nothing, because it was on a public website.", False, "Public is not the same as free to use."),
        ],
    },
    {
        "lesson": "induction/the-risks",
        "kind": TRUE_FALSE,
        "text": 'Saying online that a named local business "rips people off" could expose the organisation to '
        "a defamation claim.",
        "explanation": "An untrue statement that harms someone's reputation can be defamatory, and "
        "organisations are responsible for what their accounts publish.",
        "options": [
            ("True", True, "Right: stick to facts you can show."),
            ("False", False, "Statements like this can damage a reputation and lead to a claim."),
        ],
    },
    {
        "lesson": "representing-the-organisation/what-to-avoid",
        "kind": SINGLE,
        "text": "During an election period, which of these is the safest approach for the official account?",
        "explanation": "In the pre-election period, official accounts avoid anything that could look like "
        "support for a party or candidate, while essential service information continues.",
        "options": [
            ("Keep to service information and avoid featuring candidates or party-political issues.", True, "Right."),
            (
                "Share posts from every candidate so that it is balanced.",
                False,
                "Sharing candidates' posts still brings politics into the account.",
            ),
            ("Stop posting anything at all until the result.", False, "Residents still need service updates."),
        ],
    },
    {
        "lesson": "induction/think-before-you-post",
        "kind": MULTIPLE,
        "text": "Your licence lets you post for the organisation. Which of these are your responsibilities? "
        "Select all that apply.",
        "explanation": "A licence is a trust: follow the guidelines, keep access secure, and report problems quickly.",
        "options": [
            ("Follow the guidelines for representing the organisation.", True, "Yes."),
            ("Report an incident, such as a mistaken post, straight away.", True, "Yes."),
            ("Keep the account's login details safe and use two-factor authentication.", True, "Yes."),
            (
                "Answer every message within five minutes, day or night.",
                False,
                "Set and publish realistic response times instead.",
            ),
        ],
    },
    {
        "kind": TRUE_FALSE,
        "text": "Your corporate user licence lasts for ever once you have passed the quiz.",
        "explanation": "The licence expires after its validity period. You can renew it by passing the quiz "
        "again in the weeks before it expires.",
        "options": [
            ("True", False, "It expires; watch for the reminder emails."),
            ("False", True, "Right: renew it in the renewal window so there is no gap."),
        ],
    },
    {
        "lesson": "representing-the-organisation/what-to-avoid",
        "kind": SINGLE,
        "text": "A contractor working for the organisation asks you to tag them in a post about a finished "
        "project. What should you check first?",
        "explanation": "Tagging or promoting a supplier can look like an endorsement. Check the contract and "
        "the guidelines on commercial partners before you do.",
        "options": [
            ("Whether the contract and guidelines allow the organisation to promote them.", True, "Right."),
            ("Whether they have more followers than the organisation.", False, "Reach is not the issue here."),
            ("Nothing: tagging is always harmless.", False, "A tag can read as an endorsement."),
        ],
    },
    {
        "lesson": "representing-the-organisation/tone",
        "kind": TRUE_FALSE,
        "text": "Accessible posts describe images with alternative text and use plain language.",
        "explanation": "Alt text lets people using screen readers follow the post; plain language helps everyone.",
        "options": [
            ("True", True, "Right."),
            ("False", False, "Accessibility is part of every post."),
        ],
    },
]

# Enough questions that each pool holds three attempts' worth (3 x 5 drawn): a member's attempts in one
# licence cycle never share a question, and two members' attempts share about a third on average.
JUDGEMENT_QUESTIONS += [
    {
        "lesson": "representing-the-organisation/alerts-and-events",
        "kind": SINGLE,
        "text": "A road closes without warning because of a burst water main. What belongs in the first line of "
        "your alert?",
        "explanation": "People skim. The first line says what has changed; who, where, what to do and when "
        "you will update follow.",
        "options": [
            ("What has changed: the road is closed.", True, "Yes: lead with the change."),
            ("An apology for any inconvenience.", False, "Apologise if needed, but after the news."),
            ("The name of the team that is handling it.", False, "Useful later; people need the change first."),
        ],
    },
    {
        "lesson": "representing-the-organisation/tone",
        "kind": SINGLE,
        "text": "A resident asks when the new swimming timetable starts and you do not know. What do you reply?",
        "explanation": "Never guess on an official account. Say you will find out, and say when you will come back.",
        "options": [
            (
                "Say you will check with the leisure centre and reply by the end of the day.",
                True,
                "Yes: honest, with a promise you can keep.",
            ),
            ("Give your best guess so they are not kept waiting.", False, "A wrong date does more harm than a wait."),
            ("Say nothing until the timetable is on the website.", False, "Silence reads as not caring."),
        ],
    },
    {
        "lesson": "representing-the-organisation/what-to-avoid",
        "kind": TRUE_FALSE,
        "text": "When someone keeps arguing with a correct answer you gave, you should keep replying until they "
        "accept it.",
        "explanation": "Correct the facts once, politely, with a source, then leave it. A long back-and-forth "
        "only spreads the argument.",
        "options": [
            ("True", False, "A long argument helps no one and draws more attention to it."),
            ("False", True, "Right: correct once, then step away."),
        ],
    },
    {
        "lesson": "representing-the-organisation/what-to-avoid",
        "kind": MULTIPLE,
        "text": "You are about to post a screenshot of a resident's kind message. Which of these must you check "
        "first? Select all that apply.",
        "explanation": "Screenshots often show names, photos and addresses. Remove them, or ask for "
        "permission, before you post.",
        "options": [
            ("Whether it shows their name or profile photo.", True, "Yes: those identify the person."),
            ("Whether it shows any address or phone number.", True, "Yes: never post contact details."),
            ("Whether the message has many likes.", False, "Popularity does not change the privacy question."),
        ],
    },
    {
        "lesson": "representing-the-organisation/alerts-and-events",
        "kind": SINGLE,
        "text": "You are promoting a free family event at the museum. Which post is most likely to bring people along?",
        "explanation": "Say what, when, where and for whom in plain words, with one clear next step.",
        "options": [
            (
                "Free family trail, Saturday 10am to 4pm at the museum: no need to book.",
                True,
                "Yes: what, when, where and what to do.",
            ),
            ("Exciting things are happening at the museum soon!", False, "Too vague: people cannot act on it."),
            ("See our events calendar for details.", False, "Give the details in the post itself."),
        ],
    },
    {
        "lesson": "induction/recovering-from-a-mistake",
        "kind": SINGLE,
        "text": "You posted from the official account by mistake when you meant to use your own. What now?",
        "explanation": "Remove it if it should not be there, tell your line manager or a champion, and "
        "correct openly if people saw it.",
        "options": [
            (
                "Delete it if it does not belong, tell your manager or a champion, and correct it openly if needed.",
                True,
                "Yes: act quickly and tell someone.",
            ),
            ("Leave it up and hope nobody noticed.", False, "Someone usually notices, and the delay looks worse."),
            ("Delete it and say nothing to anyone.", False, "Tell someone so they can help if it was seen."),
        ],
    },
]

RULES_QUESTIONS += [
    {
        "lesson": "managing-an-official-account/access-and-credentials",
        "kind": MULTIPLE,
        "text": "Which of these keep an official account secure? Select all that apply.",
        "explanation": "Two-step sign-in and a password manager protect the account; shared or reused "
        "passwords do not.",
        "options": [
            ("Turning on two-step verification.", True, "Yes: a stolen password alone is then not enough."),
            ("Keeping the password in the team's password manager.", True, "Yes: shared safely, changed easily."),
            ("Using the same password as your work email.", False, "One leak would then open both."),
        ],
    },
    {
        "lesson": "managing-an-official-account/access-and-credentials",
        "kind": SINGLE,
        "text": "A colleague with access to the service account leaves the organisation. What should happen?",
        "explanation": "Remove their access and change any shared password the same day.",
        "options": [
            (
                "Remove their access and change any shared password on their last day.",
                True,
                "Yes: access ends when the job does.",
            ),
            ("Nothing, as long as they promise not to post.", False, "A promise does not secure the account."),
            ("Change the password at the next yearly review.", False, "Months of open access is too long."),
        ],
    },
    {
        "lesson": "induction/the-risks",
        "kind": TRUE_FALSE,
        "text": "A reply on an official account could be taken as a promise the organisation must keep.",
        "explanation": "Words from an official account can create commitments. Do not promise what you cannot deliver.",
        "options": [
            ("True", True, "Right: be careful what you promise."),
            ("False", False, "Replies can create commitments, so choose words with care."),
        ],
    },
    {
        "lesson": "induction/the-risks",
        "kind": SINGLE,
        "text": "A member of the public sends their full address and account number in a public reply. What do you do?",
        "explanation": "Hide or remove the reply if you can, tell them why, and move the conversation to a "
        "private channel.",
        "options": [
            (
                "Hide or remove it if you can, and invite them to send the details privately.",
                True,
                "Yes: protect their data and keep helping.",
            ),
            ("Reply publicly with their account balance.", False, "That posts even more personal data."),
            ("Ignore it: they chose to post it.", False, "We should still limit the harm where we can."),
        ],
    },
    {
        "lesson": "induction/think-before-you-post",
        "kind": SINGLE,
        "text": "You want to share a post from a local charity on the official account. What do you check first?",
        "explanation": "Sharing can look like endorsement. Check that the content is accurate and suitable "
        "for the organisation.",
        "options": [
            (
                "That the post is accurate and fits what the organisation can be seen to support.",
                True,
                "Yes: a share is an endorsement in readers' eyes.",
            ),
            ("Only that it has been shared by many people.", False, "Popular does not mean accurate."),
            ("Nothing: sharing is not the same as posting.", False, "Readers see a share as our view."),
        ],
    },
    {
        "lesson": "representing-the-organisation/tone",
        "kind": TRUE_FALSE,
        "text": "Internal terms such as 'service request' or 'FOI' help residents understand a post.",
        "explanation": "Write as you would speak to a resident at the front desk: plain words, no jargon.",
        "options": [
            ("True", False, "Residents may not know internal terms."),
            ("False", True, "Right: use plain words."),
        ],
    },
]
