"""Small news articles for the library tests: some people appear in several, each has quotes and dates, so a
person, a quote or an event can be known in one library, in several, or in the base library only."""

from __future__ import annotations

ARTICLES: dict[str, str] = {
    "jaishankar": (
        "---\ntitle: Jaishankar meets Rubio\npublished: 2025-01-22\n---\n"
        "Foreign Minister S. Jaishankar met US Secretary of State Marco Rubio in Washington on January 21, 2025. "
        "“We firmly oppose illegal mobility while promoting legitimate opportunities,” Jaishankar said. "
        "Rubio welcomed the talks.\n"
    ),
    "sitharaman": (
        "---\ntitle: Budget day in Delhi\npublished: 2025-02-01\n---\n"
        "Finance Minister Nirmala Sitharaman presented the budget on February 1, 2025. "
        "“This budget puts the middle class first,” Sitharaman said in Parliament. "
        "Subrahmanyam Jaishankar, the External Affairs Minister, praised the budget on February 2, 2025.\n"
    ),
    "wong": (
        "---\ntitle: Wong unveils regional trade plan\npublished: 2025-02-03\n---\n"
        "Foreign Minister Penny Wong unveiled a regional trade plan in Canberra on February 3, 2025. "
        "“Trade keeps our region stable and prosperous,” Wong said. "
        "The summit of Pacific leaders opens on March 10, 2025.\n"
    ),
    "okafor": (
        "---\ntitle: Okafor presents the budget\npublished: 2025-02-04\n---\n"
        "Finance Minister Adaeze Okafor presented the budget in Abuja on February 4, 2025. "
        "“Nobody will pay more tax on bread,” Okafor said. "
        "Marco Rubio, the US Secretary of State, called Okafor on February 5, 2025.\n"
    ),
    "modi": (
        "---\ntitle: Modi speaks with Trump\npublished: 2025-01-27\n---\n"
        "Prime Minister Narendra Modi spoke with President Donald Trump on January 27, 2025. "
        "“We are committed to a mutually beneficial and trusted partnership,” Modi said. "
        "The inauguration was held on January 20, 2025.\n"
    ),
    "kowalski": (
        "---\ntitle: Kowalski wins the mayoral election\npublished: 2025-03-02\n---\n"
        "Mayor Agnieszka Kowalski won the mayoral election in Gdansk on March 1, 2025. "
        "“The city chose hope over fear,” Kowalski said. "
        "Penny Wong congratulated Kowalski on March 2, 2025.\n"
    ),
    "kremlin": (  # a speaker no entity stands for: its quotes are found by the name stored with them
        "---\ntitle: Moscow responds\npublished: 2025-02-06\n---\n"
        "“We will respond to any provocation with firmness,” the Kremlin said in a statement on February 6, 2025. "
        "The statement followed talks in Geneva.\n"
    ),
}
