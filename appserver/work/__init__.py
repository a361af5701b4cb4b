"""The work platform: work items with service-level clocks, to-do lists, the dashboard."""
