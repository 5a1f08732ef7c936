"""Voice profiles (*.toml) and pronunciation lexicons (*.pls, *.toml); data only."""
