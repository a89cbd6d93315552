"""synclib's click commands (click and printing live only here; library code never imports this)."""
