"""The centre itself: its profile and first manager (setup), this PC's settings (settings),
creating and opening the encrypted database (storage), one app per data folder
(instance_lock), and files left by an interrupted backup or restore (leftovers)."""
