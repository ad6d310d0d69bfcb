"""newsbot: answers readers' questions about Vietnamese news articles.

Flow: sources -> importers -> knowledge base (YAML) -> index -> answer/search -> front ends
(console, Telegram); scheduler -> import -> alerts.
"""
__version__ = "0.1.0"
