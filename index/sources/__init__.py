"""Reading sources: files, folders, exports, saved pages and feeds become draft articles."""
