"""Keyword alerts: subscriptions, matching and delivery."""
