// A HarfBuzz buffer, destroyed with its owner whatever way the scope ends.
#pragma once

#include <memory>

#include <hb.h>

namespace wop::text {

struct HarfBuzzBufferDestroyer {
    void operator()(hb_buffer_t* buffer) const { hb_buffer_destroy(buffer); }
};
using HarfBuzzBuffer = std::unique_ptr<hb_buffer_t, HarfBuzzBufferDestroyer>;

// Never null: when memory runs out, HarfBuzz gives an inert buffer that
// shapes nothing instead.
inline HarfBuzzBuffer makeHarfBuzzBuffer() { return HarfBuzzBuffer(hb_buffer_create()); }

}  // namespace wop::text
