namespace NrwBot.Dialogs.Requests;

public enum Urgency { Normal, Urgent }
