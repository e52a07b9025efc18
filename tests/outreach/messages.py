"""Realistic messages for the check tables: each good one is personal, each bad one is what
the checks exist to catch. Names, programs and papers are fictional."""

GOOD_COLD_EMAIL = """Dear Dr. Haddad,

I read your 2025 paper on delirium screening in older adults admitted through the emergency
department, and the way your team trained nurses to use the 4AT at triage stayed with me.

I trained in Jordan and have spent the last year as a research assistant on a geriatric
falls registry, where I cleaned and analysed data for 340 patients.

If any project in your group could use help with chart abstraction or a literature review,
I would be glad to contribute, remotely or in person. Could we speak for fifteen minutes?

My CV is attached. Thank you for reading.

Kind regards,
Rana Aziz
rana.aziz@example.org
+962 7 0000 0000
"""

GENERIC_COLD_EMAIL = """Dear Dr. Haddad,

I am a foreign medical graduate keen on internal medicine. I am very passionate
about research and I admire your work in the field of medicine.

I would like to know if you have any research opportunities available for me. I am hardworking
and a fast learner. My CV is attached for your review.

Thank you for your time.

Sincerely,
Rana Aziz
"""

GOOD_FOLLOW_UP = """Dear Dr. Ortiz,

Thank you for staying after the IMG panel on Saturday to answer my questions. What you said
about choosing programs that already train graduates from my region was new to me.

I have started a list of programs along those lines, and I would value your view on it once
it is ready, if you have a moment.

With thanks,
Kwame Mensah
"""

EARLY_LETTER_FOLLOW_UP = """Dear Dr. Ortiz,

Thank you for staying after the IMG panel on Saturday to answer my questions.

I am applying this September and I wondered whether you could write me a letter of
recommendation, since a US letter would help my application a great deal.

With thanks,
Kwame Mensah
"""

EARLY_POSITION_COLD_EMAIL = """Dear Dr. Lindqvist,

I read your study of sepsis bundle timing in community hospitals and found it convincing.

I am a graduate from Ghana applying in internal medicine. Could you help me get into your
residency program this year? I would be grateful if you could consider me for a position.

Sincerely,
Kwame Mensah
"""

GOOD_LINKEDIN_NOTE = (
    "Dr. Shah, your post on teaching point-of-care ultrasound to interns was the clearest "
    "explanation I have read. I'm an IMG from Pakistan applying in emergency medicine and "
    "would like to follow your work. Thank you! Sana"
)

GENERIC_LINKEDIN_NOTE = (
    "Hello Doctor, I am an IMG applying in internal medicine. I would like to add you to my "
    "professional network. Thank you."
)

GOOD_LETTER_REQUEST = """Dear Dr. Novak,

Working on your heart failure clinic for the past four months, and presenting the readmission
audit with you in March, taught me a great deal.

I am applying in internal medicine this cycle, and I would like to ask whether you could
write a strong letter in support of my application. If that is difficult for any reason, I
completely understand.

With gratitude,
Ifeoma Eze
"""

GOOD_UPDATE = """Dear Dr. Baptiste,

You suggested I present our falls audit at the state chapter meeting, and I did: the poster
was accepted and two residents from the program asked about the method.

Thank you for the push. I will keep you posted on interviews.

Best wishes,
Lucía Romero
"""
