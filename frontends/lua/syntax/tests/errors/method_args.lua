obj:method
