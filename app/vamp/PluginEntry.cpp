// The library's one exported symbol (app/vamp/exports.map hides every other): Vamp hosts ask it
// for the plugins this library holds, here one.
#include "GenrePlugin.h"
#include <vamp-sdk/PluginAdapter.h>
#include <vamp/vamp.h>

static Vamp::PluginAdapter<gtzan::vamp::GenrePlugin> genreAdapter;

const VampPluginDescriptor *vampGetPluginDescriptor(unsigned int version, unsigned int index) {
    if (version < 1) return nullptr;
    return index == 0 ? genreAdapter.getDescriptor() : nullptr;
}
