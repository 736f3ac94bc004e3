"""The index on disk: the schema, generations and locking, the writers, the folder watcher."""
