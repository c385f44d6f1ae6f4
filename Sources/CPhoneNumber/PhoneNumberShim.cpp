#include "CPhoneNumber.h"
int cphone_placeholder(void) { return 0; }
