"""Answer → something to show: plain text for the console, embeds for Discord. Same content in both."""
