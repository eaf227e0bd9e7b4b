"""Excel rosters in and out (openpyxl): streaming writers and readers over service results."""
