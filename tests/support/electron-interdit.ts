throw new Error(
  "Le module 'electron' ne doit pas être importé dans les tests Node : seuls electron/shell et le preload l'utilisent (utilisez vi.mock('electron')).",
);
