"""Staff accounts: signing in and out, screen locks, passwords (auth), the manager's staff list
(staff), and what a user name and a new password must be (rules)."""
