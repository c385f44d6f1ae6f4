// CustomerStore
