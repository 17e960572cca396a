"""Report: conflicts and claims as a readable rich layout or as the JSON contract."""
