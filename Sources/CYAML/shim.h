#ifndef WAARBORG_CYAML_SHIM_H
#define WAARBORG_CYAML_SHIM_H
#include <yaml.h>
#endif
