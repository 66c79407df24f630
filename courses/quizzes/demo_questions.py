"""The demo licence quiz's questions, written for Postwise. Each option: (text, correct, feedback)."""

SINGLE, MULTIPLE, TRUE_FALSE = "single", "multiple", "true_false"

JUDGEMENT_POOL = "Representing the organisation: judgement calls"
RULES_POOL = "Representing the organisation: rules and risks"

JUDGEMENT_QUESTIONS = [
    {
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
        "kind": TRUE_FALSE,
        "text": "Accessible posts describe images with alternative text and use plain language.",
        "explanation": "Alt text lets people using screen readers follow the post; plain language helps everyone.",
        "options": [
            ("True", True, "Right."),
            ("False", False, "Accessibility is part of every post."),
        ],
    },
]
