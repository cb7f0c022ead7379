"""Speed and memory measured against a floor, as ratios in one run on one machine."""
