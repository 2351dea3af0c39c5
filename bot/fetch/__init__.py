"""Reading the web safely and politely: one HTTP client (aiohttp) for pages, feeds and robots.txt."""

from bot.fetch.addresses import AddressRefused, why_refused
from bot.fetch.client import Fetcher, FetchError, FetchResult
from bot.fetch.config import FetchSettings, load_fetch_settings
from bot.fetch.urls import BadURL, check_url, find_links, normalise, url_key

__all__ = [
    "AddressRefused", "BadURL", "FetchError", "FetchResult", "FetchSettings", "Fetcher", "check_url", "find_links",
    "load_fetch_settings", "normalise", "url_key", "why_refused",
]
