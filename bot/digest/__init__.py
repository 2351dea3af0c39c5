"""The daily digest: what arrived since the last one, posted once per period."""
