namespace NrwBot.Dialogs.Contacts;

/// <summary>Whether a topic is a work area of the LKS team or a Handlungsfeld of the local offices.</summary>
public enum TopicArea { Lks, Handlungsfeld }
