/**
 * Handing an excite run's modes to its workers: {@link org.modekick.dispatch.ModeDispatcher} keeps the one list
 * of modes to do, in k order, and passes every finished mode to the one writer; workers reach it through a
 * {@link org.modekick.dispatch.ModeQueue}: directly as threads of one process, or as MPI task groups
 * ({@link org.modekick.dispatch.TaskGroupRun}) whose leaders talk to the dispatcher's server on rank 0
 * (DispatchServer, RemoteModeQueue, the bytes of a DispatchRequest over a Transport: MpiTransport) and share
 * each mode with the other ranks of their group (GroupModeQueue). Nothing here knows what a mode's work is.
 * {@link org.modekick.dispatch.TaskFarm} does the same for tasks whose results are opaque bytes, one rank each
 * (barriers' paths, thermal's runs under mpirun), over the same Transport.
 */
package org.modekick.dispatch;
