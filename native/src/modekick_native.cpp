extern "C" int modekick_native_placeholder() { return 0; }
