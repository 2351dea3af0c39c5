"""News feeds: followed, polled in the background, each new item's article read once (bot/feeds/service.py)."""

from bot.feeds.config import FeedSettings, load_feed_settings
from bot.feeds.describe import describe_added, describe_feeds, describe_poll
from bot.feeds.parse import FeedError, FeedItem, ParsedFeed, parse_feed
from bot.feeds.service import FeedPoll, FeedProblem, Feeds

__all__ = [
    "FeedError", "FeedItem", "FeedPoll", "FeedProblem", "FeedSettings", "Feeds", "ParsedFeed", "describe_added",
    "describe_feeds", "describe_poll", "load_feed_settings", "parse_feed",
]
