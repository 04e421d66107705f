/**
 * What a long run will cost and how far it is: the memory a run needs, estimated from N and the number of modes
 * before anything starts and compared with what the machine has ({@link org.modekick.forecast.MemoryEstimate},
 * {@link org.modekick.forecast.MemoryCheck}), and, while the modes of an excite run finish, the time left projected
 * from the modes this process computed ({@link org.modekick.forecast.ModeProgress}, written to progress.json by
 * {@link org.modekick.forecast.ProgressFile}).
 */
package org.modekick.forecast;
