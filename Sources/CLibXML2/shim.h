#ifndef INICIS_CLIBXML2_SHIM_H
#define INICIS_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its <unicode/ucnv.h> clashes with Foundation's
   _FoundationICU on a clean build. The schema never needs ICU encodings. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>

/* xmlFree is a C global; Swift 6 rejects it as shared mutable state. */
static inline void inicis_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
