// CustomerCore
