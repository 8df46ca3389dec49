// The interview state machine lives here.
