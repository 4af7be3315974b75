"""Review mode: supervisors replay the marked moments of a session with trainees."""
