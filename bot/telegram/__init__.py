"""The Telegram front end: one module per feature, wired together by app.build_application."""
