#ifndef CPHONENUMBER_H
#define CPHONENUMBER_H
int cphone_placeholder(void);
#endif
