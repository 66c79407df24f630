"""Demo categories and threads, written for Postwise."""

from community.levels import Level
from community.roles import Role

CHAMPION, COORDINATOR = Role.CHAMPION.value, Role.COORDINATOR.value

CATEGORIES = [
    {
        "name": "Enthusiasts",
        "slug": "enthusiasts",
        "position": 1,
        "description": "Everyone is welcome: questions, ideas and things that worked.",
        "read_level": Level.BASIC,
        "start_level": Level.BASIC,
        "reply_level": Level.BASIC,
        "requires_approval": True,
    },
    {
        "name": "Corporate users",
        "slug": "corporate-users",
        "position": 2,
        "description": "For licence holders who post on the organisation's behalf.",
        "read_level": Level.CORPORATE_USER,
        "start_level": Level.CORPORATE_USER,
        "reply_level": Level.CORPORATE_USER,
        "start_roles": [CHAMPION],
        "reply_roles": [CHAMPION],
    },
    {
        "name": "Account managers",
        "slug": "account-managers",
        "position": 3,
        "description": "For the people who run an official account, and the coordinators who support them.",
        "read_level": Level.ACCOUNT_MANAGER,
        "start_level": Level.ACCOUNT_MANAGER,
        "reply_level": Level.ACCOUNT_MANAGER,
        "read_roles": [COORDINATOR],
        "start_roles": [COORDINATOR],
        "reply_roles": [COORDINATOR],
    },
    {
        "name": "Champions",
        "slug": "champions",
        "position": 4,
        "description": "Private: the customer service champions.",
        "read_level": None,
        "start_level": None,
        "reply_level": None,
        "read_roles": [CHAMPION],
        "start_roles": [CHAMPION],
        "reply_roles": [CHAMPION],
    },
    {
        "name": "Announcements",
        "slug": "announcements",
        "position": 0,
        "description": "News from the champions. Everyone can read; champions post.",
        "read_level": Level.BASIC,
        "start_level": None,
        "reply_level": None,
        "start_roles": [CHAMPION],
        "reply_roles": [CHAMPION],
    },
]

# (category slug, title, tags, [(author username, body), ...]); the first post opens the topic.
THREADS = [
    (
        "announcements",
        "Welcome to the Postwise forum",
        ["welcome"],
        [
            (
                "champion",
                "This is the place to ask how to do things well on social media at work.\n\n"
                "- **Enthusiasts** is open to everyone.\n- **Corporate users** is for licence holders.\n"
                "- **Account managers** is for people who run an official account.\n\n"
                "Mark a reply as *helpful* when it helps you, and flag anything that should not be here.",
            ),
        ],
    ),
    (
        "enthusiasts",
        "How soon should we reply to a complaint on a public post?",
        ["complaints", "response times"],
        [
            (
                "newstarter",
                "A resident complained under one of our posts about a missed bin collection. "
                "Is there an expected time to reply, even if we don't have an answer yet?",
            ),
            (
                "manager",
                "On the recycling account we aim to acknowledge within two working hours: "
                "a short reply saying we've seen it and will message them for their address. "
                "Never ask for personal details in public.",
            ),
            (
                "champion",
                "That matches the guidelines. Acknowledge quickly, move personal details to a private channel, "
                "and come back to the public thread once it's resolved so others can see the outcome.",
            ),
        ],
    ),
    (
        "enthusiasts",
        "Ideas for promoting the summer reading challenge",
        ["events", "libraries"],
        [
            (
                "newstarter",
                "Libraries are running the summer reading challenge again. What has worked for promoting events "
                "like this? We have photos from last year with parents' consent.",
            ),
            (
                "corporate",
                "Short video clips of staff explaining one thing children can win did well for leisure centres. "
                "Post the sign-up link in the first line, not at the end.",
            ),
        ],
    ),
    (
        "corporate-users",
        "Writing service alerts people actually read",
        ["service alerts", "style"],
        [
            ("corporate", "When the pool closes at short notice, what should the post say first?"),
            (
                "manager",
                "Lead with what changed and when: *Pool closed today until 4pm.* Then why, then what to do "
                "instead. Keep it under 200 characters so it survives being shared.",
            ),
            ("champion", "Also pin the alert and edit it when the situation changes, rather than posting again."),
        ],
    ),
    (
        "account-managers",
        "Handing over an account when a manager leaves",
        ["accounts", "policy"],
        [
            ("manager", "One of our two managers is moving teams next month. What do we need to do?"),
            (
                "coordinator",
                "Tell the coordinators so we update the register, change the password and recovery details "
                "the same day, and remove their access in the scheduling tool. Every account needs at least "
                "one licensed manager at all times.",
            ),
        ],
    ),
    (
        "champions",
        "Moderation notes for the quarter",
        ["moderation"],
        [
            (
                "champion",
                "Two flags this quarter, both for sharing a resident's address in a screenshot. "
                "Worth a reminder in the next induction update.",
            ),
        ],
    ),
]
