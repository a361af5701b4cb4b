"""The work platform screens: my to-do list, the office dashboard, the working-day calendar."""
