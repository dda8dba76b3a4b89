"""Sổ đăng ký văn bản đi: the outgoing register, a place of its own in the main window. It lists
every document the office issued — plans, letters, submissions, decisions — by the program or
entered by hand, in one number sequence."""
