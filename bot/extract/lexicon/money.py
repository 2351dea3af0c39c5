"""Money: scale words and currencies as news writes them; read by `bot.extract.amounts`.

Source: written for this project (MIT); currency codes are ISO 4217's.
"""

from __future__ import annotations

# Scale word -> multiplier ("4.8 million", "Rs 500 crore", "3bn").
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5,
    "lakh crore": 1e12, "lakh crores": 1e12, "thousand crore": 1e10, "thousand crores": 1e10,
}
# Currency symbol or code before a number -> ISO 4217 code.
CURRENCY_SYMBOLS = {
    "$": "USD", "US$": "USD", "USD": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "₹": "INR", "RS": "INR", "INR": "INR",
}
# Currency word after a number (singular) -> ISO 4217 code.
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "pounds sterling": "GBP", "rupee": "INR", "yuan": "CNY",
    "yen": "JPY", "ruble": "RUB", "rouble": "RUB", "peso": "MXN", "franc": "CHF", "dirham": "AED", "riyal": "SAR",
}
