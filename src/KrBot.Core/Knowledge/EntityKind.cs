namespace KrBot.Core.Knowledge;

public enum EntityKind
{
    Product,
    Company,
    Organisation,
    Market,
    Person,
}
